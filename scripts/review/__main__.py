from scripts.review.cli import main

raise SystemExit(main())
