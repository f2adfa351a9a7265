create service clusterip foo --tcp=abc --dry-run=client -o yaml
