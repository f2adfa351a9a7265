create service nodeport kubia --tcp=80:8080 --tcp=443:8443 --dry-run=client -o 'jsonpath={.spec.ports[0:1].port}'
