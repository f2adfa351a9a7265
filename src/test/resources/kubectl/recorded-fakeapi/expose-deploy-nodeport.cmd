expose deployment kubia --type=NodePort --port=80 --target-port=8080 --name=kubia-np
