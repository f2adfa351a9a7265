create service clusterip kubia --tcp=80 --dry-run=client -o yaml
