import settings

settings.CONFIG.update(region="ap-south-1")
