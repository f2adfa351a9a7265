create deployment kubia
