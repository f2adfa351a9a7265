get deploy,rs,pods -l app=kubia
