create service clusterip Kubia --tcp=80:8080 --dry-run=client -o yaml
