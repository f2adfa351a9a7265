create service nodeport kubia-nodeport --tcp=80 --dry-run=client -o yaml
