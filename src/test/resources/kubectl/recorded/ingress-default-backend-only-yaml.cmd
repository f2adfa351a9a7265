create ingress only --default-backend=kubia:80 --dry-run=client -o yaml
