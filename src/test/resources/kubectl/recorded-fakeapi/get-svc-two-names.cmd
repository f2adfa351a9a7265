get svc kubia-lb-static kubia-lb-hostname
