import sys

from scripts.campaigns.cli import main

sys.exit(main())
