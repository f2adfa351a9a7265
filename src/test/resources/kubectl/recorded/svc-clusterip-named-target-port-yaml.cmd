create service clusterip foo --tcp=80:abc --dry-run=client -o yaml
