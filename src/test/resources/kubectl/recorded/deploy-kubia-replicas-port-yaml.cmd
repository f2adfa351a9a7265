create deployment kubia --image=luksa/kubia --replicas=3 --port=8080 --dry-run=client -o yaml
