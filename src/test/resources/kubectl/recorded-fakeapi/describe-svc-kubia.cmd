describe service kubia
