create service clusterip kubia --tcp=80:8080 -n demo --dry-run=client -o yaml
