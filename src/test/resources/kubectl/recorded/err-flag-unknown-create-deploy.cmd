create deployment d --image=nginx --bogus
