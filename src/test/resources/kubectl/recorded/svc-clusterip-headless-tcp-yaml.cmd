create service clusterip kubia-headless --clusterip=None --tcp=80:8080 --dry-run=client -o yaml
