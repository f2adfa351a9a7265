expose deployment kubia --type=LoadBalancer --port=80 --target-port=8080 --name=kubia-lb --dry-run=client -o yaml
