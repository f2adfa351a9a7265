create service clusterip kubia --tcp=80:8080 --dry-run=client -o yaml
