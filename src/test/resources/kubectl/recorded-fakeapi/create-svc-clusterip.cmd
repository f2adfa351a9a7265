create service clusterip kubia2 --tcp=80:8080
