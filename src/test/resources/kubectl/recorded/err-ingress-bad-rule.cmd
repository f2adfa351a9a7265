create ingress kubia --rule=kubia.example.com=kubia:80 --dry-run=client
