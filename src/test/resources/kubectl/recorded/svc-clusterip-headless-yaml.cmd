create service clusterip kubia-headless --clusterip=None --dry-run=client -o yaml
