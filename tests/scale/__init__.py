"""Several instances of every process behind nginx, on PostgreSQL and Redis (issue 17): ``cluster`` starts
them as ``deploy/`` describes, ``visitors`` chat through nginx, ``test_scale`` kills some mid-run."""
