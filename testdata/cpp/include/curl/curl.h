#pragma once
extern "C" {
typedef void CURL;
typedef int CURLcode;
typedef void CURLM;
CURL *curl_easy_init(void);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
CURLM *curl_multi_init(void);
}
