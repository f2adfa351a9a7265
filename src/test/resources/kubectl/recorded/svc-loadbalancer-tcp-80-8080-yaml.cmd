create service loadbalancer kubia-loadbalancer --tcp=80:8080 --dry-run=client -o yaml
