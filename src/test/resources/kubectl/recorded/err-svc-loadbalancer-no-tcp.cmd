create service loadbalancer foo --dry-run=client -o yaml
