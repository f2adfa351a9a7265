scale deploy/kubia --replicas=1
