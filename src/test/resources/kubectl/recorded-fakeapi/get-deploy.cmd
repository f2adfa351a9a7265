get deploy
