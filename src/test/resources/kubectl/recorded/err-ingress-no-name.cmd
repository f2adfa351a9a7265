create ingress --rule=/=kubia:80 --dry-run=client
