create service clusterip foo --dry-run=client -o yaml
