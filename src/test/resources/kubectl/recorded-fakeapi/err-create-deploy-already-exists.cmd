create deployment kubia --image=luksa/kubia
