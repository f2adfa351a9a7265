describe deployment kubia
