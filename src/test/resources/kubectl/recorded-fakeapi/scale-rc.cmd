scale rc kubia-rc --replicas=5
