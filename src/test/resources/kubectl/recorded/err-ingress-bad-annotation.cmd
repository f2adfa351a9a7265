create ingress kubia --rule=/=kubia:80 --annotation nokey --dry-run=client
