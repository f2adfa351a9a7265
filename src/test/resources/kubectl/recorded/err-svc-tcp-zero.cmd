create service clusterip y --tcp=0 --dry-run=client -o yaml
