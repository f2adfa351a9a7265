create deployment web --image=nginx --replicas=3
