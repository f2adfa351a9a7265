create service nodeport foo --dry-run=client -o yaml
