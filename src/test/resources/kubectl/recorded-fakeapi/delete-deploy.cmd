delete deployment kubia
