import sys

from deploy.nginx import main

sys.exit(main())
