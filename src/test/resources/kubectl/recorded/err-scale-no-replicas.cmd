scale deployment kubia
