from scripts.leaflets.cli import main

raise SystemExit(main())
