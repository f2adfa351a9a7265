run kubia
