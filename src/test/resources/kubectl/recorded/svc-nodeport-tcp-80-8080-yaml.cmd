create service nodeport kubia-nodeport --tcp=80:8080 --dry-run=client -o yaml
