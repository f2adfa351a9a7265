create service nodeport kubia-nodeport --tcp=80:8080 --node-port=30123 --dry-run=client -o yaml
