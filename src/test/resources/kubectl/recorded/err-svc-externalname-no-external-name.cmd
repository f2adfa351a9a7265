create service externalname foo --dry-run=client -o yaml
