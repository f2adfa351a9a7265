expose svc kubia --port=443 --target-port=8443 --name=kubia-tls --dry-run=client -o yaml
