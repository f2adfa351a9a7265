create service clusterip kubia --tcp=80:8080
