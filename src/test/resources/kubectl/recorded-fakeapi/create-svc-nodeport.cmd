create service nodeport kubia-np --tcp=80:8080 --node-port=30123
