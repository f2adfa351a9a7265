create service clusterip y --tcp=80:abc --dry-run=client -o yaml
