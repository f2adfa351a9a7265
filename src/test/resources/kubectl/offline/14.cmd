create deployment kubia --image=luksa/kubia:v2 --port=8080 --dry-run=client -o yaml
